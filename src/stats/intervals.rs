//! Confidence intervals for shares in a finite population.
//!
//! Every organisation is asked, so the population is finite and known: the interval uses
//! Bonett's adjusted Wald interval with finite-population correction, exactly as the R package
//! statpsych computes it in `ci.prop.fpc` (add 2 successes and 2 failures, multiply the
//! standard error by sqrt((N − n)/(N − 1))).

/// The 0.975 quantile of the standard normal distribution (qnorm(0.975) in R).
pub const Z_95: f64 = 1.959_963_984_540_054;

/// statpsych `ci.prop.fpc(0.05, f, n, N)`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BonettFpc {
    /// Adjusted estimate (f + 2)/(n + 4).
    pub estimate: f64,
    /// Standard error with the finite-population correction.
    pub se: f64,
    pub lower: f64,
    pub upper: f64,
}

/// Bonett's adjusted Wald interval with finite-population correction, 95 %.
/// `f` successes among `n` respondents from a population of `population` (N ≥ n).
/// Returns `None` when there is nothing to estimate (n = 0) or the input is inconsistent.
pub fn bonett_fpc(f: u32, n: u32, population: u32) -> Option<BonettFpc> {
    if n == 0 || f > n || population < n {
        return None;
    }
    let (f, n_f, big_n) = (f as f64, n as f64, population as f64);
    let estimate = (f + 2.0) / (n_f + 4.0);
    let se_adjusted = (estimate * (1.0 - estimate) / (n_f + 4.0)).sqrt();
    let fpc = if population > n {
        ((big_n - n_f) / (big_n - 1.0)).sqrt()
    } else {
        0.0
    };
    let se = se_adjusted * fpc;
    Some(BonettFpc {
        estimate,
        se,
        lower: (estimate - Z_95 * se).max(0.0),
        upper: (estimate + Z_95 * se).min(1.0),
    })
}

/// The interval shown beside an observed share f/n.
///
/// Starts from [`bonett_fpc`] and applies two corrections that can only make it more honest:
/// 1. it is cut to what is logically possible: the population share lies between f/N (every
///    non-respondent says no) and (f + N − n)/N (every non-respondent says yes);
/// 2. it is widened, where needed, to include the observed share. Bonett's interval is centred
///    on the adjusted estimate, and with a large sampling fraction it can become so narrow that
///    it misses f/n (13 of 14 fylkeskommuner: 92.9 %, Bonett [75.0 %, 91.7 %]).
///
/// When everyone answered (n = N) the share is known exactly and the interval is [f/N, f/N].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Interval {
    pub lower: f64,
    pub upper: f64,
}

pub fn share_interval(f: u32, n: u32, population: u32) -> Option<Interval> {
    let bonett = bonett_fpc(f, n, population)?;
    let big_n = population as f64;
    let logical_lower = f as f64 / big_n;
    let logical_upper = (f + population - n) as f64 / big_n;
    let observed = f as f64 / n as f64;
    let lower = bonett.lower.max(logical_lower).min(observed);
    let upper = bonett.upper.min(logical_upper).max(observed);
    Some(Interval { lower, upper })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64, tolerance: f64) -> bool {
        (a - b).abs() <= tolerance
    }

    /// Reference values printed by R statpsych::ci.prop.fpc (given in the issue).
    #[test]
    fn reproduces_statpsych_ci_prop_fpc() {
        let r = bonett_fpc(61, 75, 415).unwrap();
        assert!(close(r.estimate, 0.7974684, 1e-6), "{r:?}");
        assert!(close(r.se, 0.04097594, 1e-6), "{r:?}");
        assert!(close(r.lower, 0.717157, 1e-6), "{r:?}");
        assert!(close(r.upper, 0.8777797, 1e-6), "{r:?}");

        let r = bonett_fpc(12, 100, 400).unwrap();
        assert!(close(r.estimate, 0.1346154, 1e-6), "{r:?}");
        assert!(close(r.se, 0.0290208, 1e-6), "{r:?}");
        assert!(close(r.lower, 0.07773565, 1e-6), "{r:?}");
        assert!(close(r.upper, 0.1914951, 1e-6), "{r:?}");
    }

    /// Hand calculation for 13 of 14 with N = 18: p = 15/18, se = sqrt(p(1-p)/18)·sqrt(4/17).
    #[test]
    fn small_population_by_hand() {
        let r = bonett_fpc(13, 14, 18).unwrap();
        let p = 15.0 / 18.0;
        let se = (p * (1.0 - p) / 18.0_f64).sqrt() * (4.0_f64 / 17.0).sqrt();
        assert!(close(r.estimate, p, 1e-12));
        assert!(close(r.se, se, 1e-12));
        assert!(close(r.upper, p + Z_95 * se, 1e-12));
        // The displayed interval reaches the observed 13/14 and stays below 17/18.
        let shown = share_interval(13, 14, 18).unwrap();
        assert!(close(shown.upper, 13.0 / 14.0, 1e-12), "{shown:?}");
        assert!(close(shown.lower, r.lower, 1e-12), "{shown:?}");
    }

    #[test]
    fn census_has_no_sampling_uncertainty() {
        let shown = share_interval(7, 10, 10).unwrap();
        assert_eq!(
            shown,
            Interval {
                lower: 0.7,
                upper: 0.7
            }
        );
        assert_eq!(bonett_fpc(7, 10, 10).unwrap().se, 0.0);
    }

    #[test]
    fn clamps_to_unit_interval_and_rejects_bad_input() {
        let r = bonett_fpc(0, 3, 1000).unwrap();
        assert_eq!(r.lower, 0.0);
        assert!(bonett_fpc(0, 0, 10).is_none());
        assert!(bonett_fpc(5, 4, 10).is_none());
        assert!(bonett_fpc(2, 11, 10).is_none());
    }
}
