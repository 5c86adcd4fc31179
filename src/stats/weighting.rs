//! Shares weighted to the population (issue 26 §2, `vekt=1`): post-stratified by cell — the
//! size class for kommuner, one cell for fylkeskommuner — exactly as the issue defines it:
//!
//! - N_h organisations of cell h in the selection, n_h of them answered the item, p_h = f_h/n_h;
//!   cells with n_h = 0 are left out and the weights renormalised;
//! - W_h = N_h / Σ N; share = Σ W_h p_h;
//! - variance Σ W_h² (1 − n_h/N_h) s_h²/n_h with s_h² = n_h/(n_h − 1) p_h(1 − p_h), or 0.25 when
//!   n_h = 1; interval share ∓ 1.959964 √variance, cut to [0, 1].

use crate::data::register::Organisation;

/// The normal quantile the issue writes for the interval.
const Z: f64 = 1.959964;

/// One cell's counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Stratum {
    /// N_h: organisations of the cell in the selection.
    pub population: u32,
    /// n_h: those of them who answered the item («Vet ikke» included).
    pub n: u32,
    /// f_h: those who gave one of the answers counted.
    pub f: u32,
}

/// A weighted share and its interval.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Weighted {
    pub share: f64,
    pub variance: f64,
    pub lower: f64,
    pub upper: f64,
}

/// The post-stratified share of `strata`; `None` when no cell has an answer.
pub fn post_stratified(strata: &[Stratum]) -> Option<Weighted> {
    let kept = || strata.iter().filter(|s| s.n > 0);
    let total: f64 = kept().map(|s| s.population as f64).sum();
    if total <= 0.0 {
        return None;
    }
    let (mut share, mut variance) = (0.0, 0.0);
    for s in kept() {
        let (big_n, n) = (s.population as f64, s.n as f64);
        let weight = big_n / total;
        let p = s.f as f64 / n;
        let s2 = if s.n == 1 {
            0.25
        } else {
            n / (n - 1.0) * p * (1.0 - p)
        };
        share += weight * p;
        variance += weight * weight * (1.0 - n / big_n) * s2 / n;
    }
    let half = Z * variance.sqrt();
    Some(Weighted {
        share,
        variance,
        lower: (share - half).max(0.0),
        upper: (share + half).min(1.0),
    })
}

/// The cell of an organisation among `classes` size classes: its size class, or the last cell
/// (fylkeskommuner).
pub fn stratum_of(org: &Organisation, classes: usize) -> usize {
    org.size_class.unwrap_or(classes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stratum(population: u32, n: u32, f: u32) -> Stratum {
        Stratum { population, n, f }
    }

    /// Worked out from the formulas in Python, independently of this code.
    #[test]
    fn post_stratified_matches_a_worked_example() {
        // Four cells: one with a single answer (s² = 0.25), one without answers (left out).
        let w = post_stratified(&[
            stratum(100, 40, 10),
            stratum(50, 30, 20),
            stratum(20, 1, 1),
            stratum(10, 0, 0),
        ])
        .unwrap();
        assert!((w.share - 0.4607843137254902).abs() < 1e-15);
        assert!((w.variance - 0.004550484051736886).abs() < 1e-15);
        assert!((w.lower - 0.3285704817155962).abs() < 1e-12);
        assert!((w.upper - 0.5929981457353842).abs() < 1e-12);
        // Everyone of the first cell answered (n = N), the second all «yes»: no variance.
        let w = post_stratified(&[stratum(30, 30, 12), stratum(8, 2, 2)]).unwrap();
        assert!((w.share - 0.5263157894736842).abs() < 1e-15);
        assert_eq!((w.variance, w.lower, w.upper), (0.0, w.share, w.share));
        // Nothing answered at all.
        assert_eq!(post_stratified(&[stratum(5, 0, 0)]), None);
        // The interval is cut to [0, 1].
        let w = post_stratified(&[stratum(100, 2, 0), stratum(100, 1, 0)]).unwrap();
        assert_eq!(w.lower, 0.0);
    }
}
