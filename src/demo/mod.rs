//! The demo-data generator. Respondent-level answers are not public, so the explorer ships
//! synthetic answers for the real organisations: who responds depends on size, answers come
//! from latent traits of each organisation (so they correlate within an organisation and with
//! size), and the number giving each headline answer is set exactly so that every published
//! figure holds. Same seed, same bytes.

pub mod plan;
pub mod rng;
pub mod synthetic;

use crate::data::codebook::{Codebook, ColumnId};
use crate::data::register::{OrgType, Register};
use crate::data::responses::{Responses, NOT_ANSWERED};
use plan::{ColumnPlan, Headline, Target};
use rng::Rng;

/// The seed of the bundled demo dataset.
pub const DEMO_SEED: u64 = 2017;

/// Probability that a kommune responds, by size-class index (small, medium, large).
pub const KOMMUNE_RESPONSE_RATE: [f64; 3] = [0.53, 0.60, 0.74];
/// Published: 14 of 18 fylkeskommuner answered in 2017.
pub const FYLKESKOMMUNE_RESPONDENTS: usize = 14;
/// Share of kommune respondents that skip any one item.
pub const ITEM_NONRESPONSE: f64 = 0.012;

/// Latent traits of one respondent.
#[derive(Debug, Clone, Copy)]
struct Traits {
    digital: f64,
    need: f64,
    strategic: f64,
    /// Population rank within its type, centred: −0.5 (smallest) … 0.5 (largest).
    size: f64,
}

/// Generates the demo answers for `register` from `seed`.
pub fn generate(codebook: &Codebook, register: &Register, seed: u64) -> Result<Responses, String> {
    let respondents = choose_respondents(register, seed);
    let traits = draw_traits(register, &respondents, seed);
    let plans = plan::plan();
    let columns = codebook.columns();
    let mut codes: Vec<Vec<u8>> = Vec::with_capacity(columns.len());
    for column in &columns {
        let name = column.name();
        let plan = plans
            .iter()
            .find(|p| p.column == name)
            .ok_or_else(|| format!("demo-planen mangler kolonnen «{name}»"))?;
        let question = codebook
            .question(&column.question)
            .ok_or("ukjent spørsmål")?;
        let eligible: Vec<bool> = match &question.asked_when {
            None => vec![true; respondents.len()],
            Some(condition) => {
                let parent = columns
                    .iter()
                    .position(|c| *c == ColumnId::new(&condition.question, None))
                    .filter(|&p| p < codes.len())
                    .ok_or_else(|| format!("vilkåret for «{name}» viser til et senere spørsmål"))?;
                codes[parent]
                    .iter()
                    .map(|c| condition.codes.contains(c))
                    .collect()
            }
        };
        codes.push(generate_column(
            plan,
            register,
            &respondents,
            &traits,
            &eligible,
            seed,
        )?);
    }
    Ok(Responses {
        columns,
        organisation: respondents.iter().map(|&i| i as u32).collect(),
        codes,
    })
}

/// Kommuner respond with a probability that rises with size; exactly 14 fylkeskommuner respond.
fn choose_respondents(register: &Register, seed: u64) -> Vec<usize> {
    let mut rng = Rng::derive(seed, "respons");
    let mut chosen: Vec<usize> = register
        .organisations
        .iter()
        .enumerate()
        .filter(|(_, o)| o.org_type == OrgType::Kommune)
        .filter(|(_, o)| rng.uniform() < KOMMUNE_RESPONSE_RATE[o.size_class.unwrap_or(0).min(2)])
        .map(|(i, _)| i)
        .collect();
    let mut fylkeskommuner: Vec<usize> = register
        .organisations
        .iter()
        .enumerate()
        .filter(|(_, o)| o.org_type == OrgType::Fylkeskommune)
        .map(|(i, _)| i)
        .collect();
    Rng::derive(seed, "fylkeskommuner").shuffle(&mut fylkeskommuner);
    fylkeskommuner.truncate(FYLKESKOMMUNE_RESPONDENTS);
    chosen.extend(fylkeskommuner);
    chosen.sort_unstable();
    chosen
}

fn draw_traits(register: &Register, respondents: &[usize], seed: u64) -> Vec<Traits> {
    let size_rank = |org: usize| {
        let this = &register.organisations[org];
        let peers: Vec<u32> = register
            .organisations
            .iter()
            .filter(|o| o.org_type == this.org_type)
            .map(|o| o.population)
            .collect();
        let below = peers.iter().filter(|&&p| p < this.population).count();
        below as f64 / (peers.len().max(2) - 1) as f64 - 0.5
    };
    let mut rng = Rng::derive(seed, "egenskaper");
    respondents
        .iter()
        .map(|&org| {
            let size = size_rank(org);
            let digital = rng.normal() + 1.2 * size;
            let need = rng.normal();
            let strategic = 0.5 * digital + 0.8 * rng.normal();
            Traits {
                digital,
                need,
                strategic,
                size,
            }
        })
        .collect()
}

fn generate_column(
    plan: &ColumnPlan,
    register: &Register,
    respondents: &[usize],
    traits: &[Traits],
    eligible: &[bool],
    seed: u64,
) -> Result<Vec<u8>, String> {
    let mut rng = Rng::derive(seed, plan.column);
    let d = plan.drivers;
    let scores: Vec<f64> = traits
        .iter()
        .map(|t| {
            d.digital * t.digital
                + d.need * t.need
                + d.strategic * t.strategic
                + d.size * t.size
                + d.noise * rng.normal()
        })
        .collect();
    let mut codes = vec![NOT_ANSWERED; respondents.len()];
    let mut fylkeskommune_headline = 0u32;
    let mut fylkeskommune_n = 0u32;
    // Fylkeskommuner first: a combined target for kommuner depends on them.
    for org_type in [OrgType::Fylkeskommune, OrgType::Kommune] {
        let target = if org_type == OrgType::Kommune {
            &plan.kommune
        } else {
            &plan.fylkeskommune
        };
        let mut answered: Vec<usize> = (0..respondents.len())
            .filter(|&r| eligible[r] && register.organisations[respondents[r]].org_type == org_type)
            .collect();
        if org_type == OrgType::Kommune {
            answered.retain(|_| rng.uniform() >= ITEM_NONRESPONSE);
        }
        let n = answered.len() as u32;
        let headline = match target.headline {
            Headline::Share(share) => (share * n as f64).round() as u32,
            Headline::Count(count) => count.min(n),
            Headline::CombinedShare(share) => ((share * (n + fylkeskommune_n) as f64).round()
                as u32)
                .saturating_sub(fylkeskommune_headline)
                .min(n),
        };
        if org_type == OrgType::Fylkeskommune {
            fylkeskommune_headline = headline;
            fylkeskommune_n = n;
        }
        assign(
            target,
            plan.ascending,
            &mut answered,
            headline,
            &scores,
            &mut codes,
            &mut rng,
        )?;
    }
    Ok(codes)
}

/// Gives «Vet ikke» to a random few, then codes by rank of latent score.
fn assign(
    target: &Target,
    ascending: &[u8],
    answered: &mut [usize],
    headline: u32,
    scores: &[f64],
    codes: &mut [u8],
    rng: &mut Rng,
) -> Result<(), String> {
    let n = answered.len() as u32;
    let within = largest_remainder(headline, target.within);
    let rest = largest_remainder(n - headline, target.rest);
    let count_of = |code: u8| -> u32 {
        within
            .iter()
            .chain(&rest)
            .filter(|(c, _)| *c == code)
            .map(|(_, k)| k)
            .sum()
    };
    let dont_know: u32 = rest
        .iter()
        .filter(|(c, _)| !ascending.contains(c))
        .map(|(_, k)| k)
        .sum();
    rng.shuffle(answered);
    let (unsure, ranked) = answered.split_at_mut(dont_know as usize);
    for (&r, &(code, _)) in unsure.iter().zip(
        rest.iter()
            .filter(|(c, _)| !ascending.contains(c))
            .flat_map(|p| std::iter::repeat_n(p, p.1 as usize)),
    ) {
        codes[r] = code;
    }
    ranked.sort_by(|&a, &b| scores[a].total_cmp(&scores[b]).then(a.cmp(&b)));
    let mut next = 0usize;
    for &code in ascending {
        for _ in 0..count_of(code) {
            let r = *ranked.get(next).ok_or("flere svar enn respondenter")?;
            codes[r] = code;
            next += 1;
        }
    }
    if next != ranked.len() {
        return Err(format!(
            "{} respondenter fikk ingen kode",
            ranked.len() - next
        ));
    }
    Ok(())
}

/// Splits `total` into whole counts proportional to `weights` (largest-remainder method;
/// ties go to the earlier entry).
pub fn largest_remainder(total: u32, weights: &[(u8, f64)]) -> Vec<(u8, u32)> {
    let sum: f64 = weights.iter().map(|(_, w)| w).sum();
    let quotas: Vec<f64> = weights
        .iter()
        .map(|(_, w)| w / sum * total as f64)
        .collect();
    let mut counts: Vec<u32> = quotas.iter().map(|q| q.floor() as u32).collect();
    let mut left = total - counts.iter().sum::<u32>();
    let mut order: Vec<usize> = (0..weights.len()).collect();
    order.sort_by(|&a, &b| {
        (quotas[b] - quotas[b].floor())
            .total_cmp(&(quotas[a] - quotas[a].floor()))
            .then(a.cmp(&b))
    });
    for &i in order.iter().cycle() {
        if left == 0 {
            break;
        }
        counts[i] += 1;
        left -= 1;
    }
    weights.iter().map(|(c, _)| *c).zip(counts).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn largest_remainder_sums_to_total() {
        assert_eq!(
            largest_remainder(10, &[(1, 1.0), (2, 1.0), (3, 1.0)]),
            [(1, 4), (2, 3), (3, 3)]
        );
        assert_eq!(
            largest_remainder(7, &[(1, 0.55), (2, 0.45)]),
            [(1, 4), (2, 3)]
        );
        assert_eq!(
            largest_remainder(0, &[(1, 0.5), (2, 0.5)]),
            [(1, 0), (2, 0)]
        );
    }
}
