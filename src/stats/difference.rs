//! Whether a group's share differs from the rest of the selection by more than chance
//! (issue 26), exactly as the issue defines it:
//!
//! - for the group and for the rest of the selection: p̃ = (f + 1)/(n + 2), where f answered one
//!   of the headline codes and n answered the item («Vet ikke» included); variance
//!   p̃(1 − p̃)/(n + 2) × (N − n)/(N − 1), and 0 when n = N (N: the organisations of the group, or
//!   of the rest, in the selection);
//! - z = (p̃_group − p̃_rest)/√(V_group + V_rest), two-sided p from the normal distribution;
//!   no test where that variance is 0 or the group is suppressed;
//! - Holm's adjustment over the tested groups of one item; a group differs where the adjusted
//!   p < 0.05.
//!
//! Where the issue leaves a case open: a side with N = 1 and no answer has no variance by the
//! formula (0/0), and a group that is the whole selection has no rest: neither is tested.

use crate::stats::aggregate::ItemTable;

/// The level below which an adjusted p counts as a difference.
pub const ALPHA: f64 = 0.05;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Higher,
    Lower,
}

/// One side of a test: `f` of `n` answers gave a headline answer, of `population`
/// organisations.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Side {
    pub f: u32,
    pub n: u32,
    pub population: u32,
}

impl Side {
    /// p̃ = (f + 1)/(n + 2).
    pub fn estimate(&self) -> f64 {
        (self.f as f64 + 1.0) / (self.n as f64 + 2.0)
    }

    /// p̃(1 − p̃)/(n + 2) × (N − n)/(N − 1); 0 when all answered; `None` when undefined
    /// (N = 1 and no answer).
    pub fn variance(&self) -> Option<f64> {
        if self.n >= self.population {
            return Some(0.0);
        }
        if self.population <= 1 {
            return None;
        }
        let p = self.estimate();
        let (n, big_n) = (self.n as f64, self.population as f64);
        Some(p * (1.0 - p) / (n + 2.0) * (big_n - n) / (big_n - 1.0))
    }
}

/// One group's test against the rest of the selection.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Test {
    pub z: f64,
    /// Two-sided p.
    pub p: f64,
    /// p after Holm's adjustment over the item's tested groups.
    pub adjusted: f64,
}

impl Test {
    /// Higher or lower than the rest, where the adjusted p is below [`ALPHA`].
    pub fn differs(&self) -> Option<Direction> {
        (self.adjusted < ALPHA).then_some(if self.z > 0.0 {
            Direction::Higher
        } else {
            Direction::Lower
        })
    }
}

/// z and the two-sided p of `group` against `rest`; `None` where the variance is 0 or undefined.
pub fn z_test(group: Side, rest: Side) -> Option<(f64, f64)> {
    let variance = group.variance()? + rest.variance()?;
    if variance <= 0.0 {
        return None;
    }
    let z = (group.estimate() - rest.estimate()) / variance.sqrt();
    Some((z, two_sided_p(z)))
}

/// P(|Z| ≥ |z|) for a standard normal Z: erfc(|z|/√2).
pub fn two_sided_p(z: f64) -> f64 {
    erfc(z.abs() / std::f64::consts::SQRT_2)
}

/// The complementary error function for x ≥ 0: the Maclaurin series of erf below 2, the
/// continued fraction of erfc (Laplace's) from 2 on, each to about 1e-15.
fn erfc(x: f64) -> f64 {
    const FRAC_2_SQRT_PI: f64 = std::f64::consts::FRAC_2_SQRT_PI;
    if x < 2.0 {
        // erf(x) = 2/√π Σ (−1)^k x^(2k+1) / (k! (2k+1))
        let (mut term, mut sum, mut k) = (x, x, 0.0);
        while term.abs() > 1e-17 * sum.abs() {
            k += 1.0;
            term *= -x * x / k;
            sum += term / (2.0 * k + 1.0);
        }
        1.0 - FRAC_2_SQRT_PI * sum
    } else {
        // erfc(x) = e^(−x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + …)))), from the tail.
        let mut tail = x;
        for k in (1..=120).rev() {
            tail = x + (k as f64 / 2.0) / tail;
        }
        FRAC_2_SQRT_PI / 2.0 * exp_negative(x * x) / tail
    }
}

/// e^(−t) for t ≥ 0: halved until below ½, the Taylor series there, then squared back (to
/// about 1e-14; the page then needs no `exp` of its own).
fn exp_negative(t: f64) -> f64 {
    let (mut x, mut squarings) = (t, 0);
    while x > 0.5 {
        x /= 2.0;
        squarings += 1;
    }
    let (mut term, mut sum, mut k) = (1.0f64, 1.0, 0.0);
    while term.abs() > 1e-17 {
        k += 1.0;
        term *= -x / k;
        sum += term;
    }
    for _ in 0..squarings {
        sum *= sum;
    }
    sum
}

/// Holm's step-down adjustment: the i-th smallest p times (m − i + 1), never below the one
/// before, at most 1; in the order given. (Ranked by counting, not sorted: m is a handful of
/// groups, and a sort of a new type costs the page KBs of code.)
pub fn holm(p: &[f64]) -> Vec<f64> {
    let m = p.len();
    // The place of each p among all, equal ones in the order given.
    let mut order = vec![0; m];
    for (i, &pi) in p.iter().enumerate() {
        let rank = p
            .iter()
            .enumerate()
            .filter(|&(j, &pj)| pj < pi || (pj == pi && j < i))
            .count();
        order[rank] = i;
    }
    let mut adjusted = vec![0.0; m];
    let mut running = 0.0f64;
    for (rank, &i) in order.iter().enumerate() {
        running = running.max(((m - rank) as f64 * p[i]).min(1.0));
        adjusted[i] = running;
    }
    adjusted
}

/// Each group's test of the share giving one of `codes`, against the rest of the selection
/// (`total` less the group), adjusted over the groups tested. `unknown` organisations may be in
/// any group (an answer grouping): they are in each group's N and in the rest's.
pub fn test_groups(
    total: &ItemTable,
    groups: &[&ItemTable],
    unknown: u32,
    codes: &[u8],
) -> Vec<Option<Test>> {
    let whole = total.count_of(codes);
    let mut tests: Vec<Option<Test>> = Vec::with_capacity(groups.len());
    let mut p_values = Vec::new();
    for group in groups {
        let test = test_group(total, whole, group, unknown, codes);
        if let Some(test) = test {
            p_values.push(test.p);
        }
        tests.push(test);
    }
    let mut adjusted = holm(&p_values).into_iter();
    for test in tests.iter_mut().flatten() {
        test.adjusted = adjusted.next().unwrap_or(1.0);
    }
    tests
}

/// One group against the rest, before the adjustment (`adjusted` is the raw p).
fn test_group(
    total: &ItemTable,
    whole: Option<u32>,
    group: &ItemTable,
    unknown: u32,
    codes: &[u8],
) -> Option<Test> {
    let (f, all) = (group.count_of(codes)?, whole?);
    let rest = Side {
        f: all - f,
        n: total.n - group.n,
        population: (total.population + unknown).checked_sub(group.population)?,
    };
    if rest.population == 0 {
        return None;
    }
    let side = Side {
        f,
        n: group.n,
        population: group.population,
    };
    let (z, p) = z_test(side, rest)?;
    Some(Test { z, p, adjusted: p })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Python's `math.erfc(z / math.sqrt(2))`, an implementation of its own.
    #[test]
    fn two_sided_p_matches_a_reference() {
        for (z, expected) in [
            (0.0, 1.0),
            (0.5, 0.6170750774519738),
            (1.0, 0.31731050786291415),
            (1.5, 0.13361440253771617),
            (1.959963984540054, 0.05000000000000004),
            (2.0, 0.04550026389635844),
            (2.5, 0.012419330651552278),
            (2.8, 0.005110260660855874),
            (2.9, 0.003731626600768077),
            (3.0, 0.0026997960632601913),
            (4.0, 6.334248366623993e-05),
            (6.0, 1.9731752900754024e-09),
            (10.0, 1.5239706048321186e-23),
        ] {
            let p = two_sided_p(-z);
            assert!(
                ((p - expected) / expected).abs() < 1e-12,
                "z = {z}: {p} against {expected}"
            );
        }
    }

    /// Worked out from the formulas in Python (double precision), independently of this
    /// code: (f, n, N) of the group and of the rest, then z and p.
    #[test]
    fn z_test_matches_worked_examples() {
        let side = |f, n, population| Side { f, n, population };
        for (group, rest, z, p) in [
            (
                (12, 20, 30),
                (25, 80, 150),
                3.861228624635673,
                0.00011281827334137298,
            ),
            (
                (9, 20, 30),
                (30, 80, 150),
                1.0574458555361699,
                0.29030815305638447,
            ),
            (
                (0, 5, 40),
                (30, 60, 90),
                -2.7345179267480817,
                0.006247169352961421,
            ),
            // N = 2 with one answer; the rest with no headline answer (p̃ at its floor).
            ((1, 1, 2), (0, 2, 9), 1.2282040666825125, 0.219370372490724),
            // Every answer of the group the headline (p̃ at its ceiling, 21/22).
            (
                (20, 20, 40),
                (5, 30, 60),
                13.09305608003236,
                3.6079360128256245e-39,
            ),
            // The group answered in full: its variance is 0, the rest's carries the test.
            (
                (5, 10, 10),
                (2, 10, 20),
                2.7568097504180447,
                0.005836830082645424,
            ),
        ] {
            let (got_z, got_p) = z_test(
                side(group.0, group.1, group.2),
                side(rest.0, rest.1, rest.2),
            )
            .unwrap();
            assert!((got_z - z).abs() < 1e-12, "{group:?} {rest:?}: z {got_z}");
            assert!(
                ((got_p - p) / p).abs() < 1e-10,
                "{group:?} {rest:?}: p {got_p}"
            );
        }
        assert_eq!(side(9, 20, 30).variance(), Some(0.0038861110391460916));
        // Everyone answered on both sides: no variance, no test.
        assert_eq!(z_test(side(3, 3, 3), side(1, 3, 3)), None);
        // N = 1 and no answer: the formula is 0/0, no test.
        assert_eq!(side(0, 0, 1).variance(), None);
        assert_eq!(z_test(side(2, 5, 9), side(0, 0, 1)), None);
    }

    #[test]
    fn exp_negative_matches_the_standard_library() {
        for t in [0.0, 0.3, 1.0, 4.0, 9.0, 25.0, 70.0, 300.0] {
            let (got, std) = (exp_negative(t), (-t).exp());
            assert!(((got - std) / std).abs() < 1e-13, "{t}: {got} {std}");
        }
    }

    /// R: `p.adjust(c(0.01, 0.04, 0.03, 0.5), "holm")` = 0.04 0.09 0.09 0.50.
    #[test]
    fn holm_steps_down_and_never_falls() {
        let adjusted = holm(&[0.01, 0.04, 0.03, 0.5]);
        for (a, b) in adjusted.iter().zip([0.04, 0.09, 0.09, 0.5]) {
            assert!((a - b).abs() < 1e-12, "{adjusted:?}");
        }
        assert_eq!(holm(&[0.6, 0.7]), vec![1.0, 1.0]);
        // Equal p: each takes its place in turn; R gives 0.06 0.06 0.06 for three of 0.02.
        assert_eq!(holm(&[0.02, 0.02, 0.02]), vec![0.06, 0.06, 0.06]);
        assert!(holm(&[]).is_empty());
    }
}
