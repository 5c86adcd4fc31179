//! What the demo answers should look like: for each answer column, which latent trait drives
//! it and what distribution each type of organisation should have. The headline figures are
//! chosen so that every calibration target T1–T21 of the codebook holds.

/// Latent traits of an organisation that answers depend on.
#[derive(Debug, Clone, Copy)]
pub struct Drivers {
    /// Loading on digital maturity (which rises with size).
    pub digital: f64,
    /// Loading on the felt need for competence development.
    pub need: f64,
    /// Loading on strategic capacity (planning, adopted strategies).
    pub strategic: f64,
    /// Direct effect of size (population rank, −0.5 … 0.5).
    pub size: f64,
    /// Item-specific noise.
    pub noise: f64,
}

/// How many give the headline answer (e.g. codes 4 + 5).
#[derive(Debug, Clone, Copy)]
pub enum Headline {
    /// This share of those who answer the item.
    Share(f64),
    /// Exactly this many.
    Count(u32),
    /// Chosen so that kommuner and fylkeskommuner together reach this share.
    CombinedShare(f64),
}

/// Target distribution for one column and one type of organisation.
#[derive(Debug, Clone)]
pub struct Target {
    pub headline: Headline,
    /// How the headline group divides between its codes (weights).
    pub within: &'static [(u8, f64)],
    /// How the rest divides between the other codes, «Vet ikke» included (weights).
    pub rest: &'static [(u8, f64)],
}

#[derive(Debug, Clone)]
pub struct ColumnPlan {
    pub column: &'static str,
    pub drivers: Drivers,
    /// Codes from the lowest to the highest latent score («Vet ikke» is drawn at random).
    pub ascending: &'static [u8],
    pub kommune: Target,
    pub fylkeskommune: Target,
}

const GRAD5_UP: &[u8] = &[1, 2, 3, 4, 5];
const GRAD5_TOP: &[(u8, f64)] = &[(4, 0.55), (5, 0.45)];
const GRAD5_REST: &[(u8, f64)] = &[(1, 0.12), (2, 0.30), (3, 0.53), (9, 0.05)];
const GRAD5_LOW_REST: &[(u8, f64)] = &[(1, 0.30), (2, 0.45), (3, 0.22), (9, 0.03)];
const GRAD5_VERY_LOW_REST: &[(u8, f64)] = &[(1, 0.40), (2, 0.38), (3, 0.19), (9, 0.03)];

const NEED: Drivers = Drivers {
    digital: 0.2,
    need: 1.0,
    strategic: 0.0,
    size: 0.0,
    noise: 0.8,
};
const DIGITAL: Drivers = Drivers {
    digital: 1.0,
    need: 0.0,
    strategic: 0.2,
    size: 0.6,
    noise: 0.7,
};
const EFFECT: Drivers = Drivers {
    digital: 0.9,
    need: 0.0,
    strategic: 0.2,
    size: 0.2,
    noise: 0.8,
};

fn grad5(column: &'static str, drivers: Drivers, kommune: f64, fylkeskommuner: u32) -> ColumnPlan {
    ColumnPlan {
        column,
        drivers,
        ascending: GRAD5_UP,
        kommune: Target {
            headline: Headline::Share(kommune),
            within: GRAD5_TOP,
            rest: GRAD5_REST,
        },
        fylkeskommune: Target {
            headline: Headline::Count(fylkeskommuner),
            within: GRAD5_TOP,
            rest: GRAD5_REST,
        },
    }
}

fn grad5_low(
    column: &'static str,
    drivers: Drivers,
    kommune: f64,
    fylkeskommuner: u32,
    rest: &'static [(u8, f64)],
) -> ColumnPlan {
    let mut plan = grad5(column, drivers, kommune, fylkeskommuner);
    plan.kommune.rest = rest;
    plan.fylkeskommune.rest = rest;
    plan
}

/// The plan for every answer column of the bundled codebook, in codebook order.
pub fn plan() -> Vec<ColumnPlan> {
    let outsourcing = Drivers {
        digital: 0.0,
        need: 0.3,
        strategic: 0.0,
        size: -0.6,
        noise: 1.0,
    };
    vec![
        // T1–T3: competence needs among employees.
        grad5("komp_med.ikt", NEED, 0.88, 13),
        grad5("komp_med.innovasjon", NEED, 0.72, 10),
        grad5("komp_med.samhandling", NEED, 0.69, 11),
        grad5("komp_med.laering", NEED, 0.75, 10),
        // T4: among leaders.
        grad5("komp_led.ikt", NEED, 0.80, 12),
        grad5("komp_led.innovasjon", NEED, 0.70, 10),
        grad5("komp_led.samhandling", NEED, 0.66, 9),
        grad5("komp_led.laering", NEED, 0.71, 10),
        grad5("komp_led.tverrfaglig", NEED, 0.58, 8),
        // T5: «vel 65 prosent» of kommuner and fylkeskommuner together.
        ColumnPlan {
            column: "komp_strategi",
            drivers: Drivers {
                digital: 0.2,
                need: 0.0,
                strategic: 1.0,
                size: 0.3,
                noise: 0.7,
            },
            ascending: &[2, 1],
            kommune: Target {
                headline: Headline::CombinedShare(0.655),
                within: &[(1, 1.0)],
                rest: &[(2, 0.92), (9, 0.08)],
            },
            fylkeskommune: Target {
                headline: Headline::Count(10),
                within: &[(1, 1.0)],
                rest: &[(2, 1.0)],
            },
        },
        // T6–T8: measures.
        grad5("tiltak.heve", NEED, 0.82, 12),
        grad5("tiltak.nyansette", Drivers { size: 0.4, ..NEED }, 0.55, 9),
        grad5(
            "tiltak.interkommunalt",
            Drivers { size: -0.5, ..NEED },
            0.50,
            8,
        ),
        grad5_low("tiltak.leie_inn", outsourcing, 0.14, 2, GRAD5_LOW_REST),
        grad5_low("tiltak.sette_ut", outsourcing, 0.08, 1, GRAD5_VERY_LOW_REST),
        // T9–T11: priority, highest in large kommuner.
        grad5("dig_prioritet", DIGITAL, 0.66, 11),
        // T12–T15: IKT strategy.
        ColumnPlan {
            column: "ikt_strategi",
            drivers: Drivers {
                digital: 0.8,
                need: 0.0,
                strategic: 0.6,
                size: 0.8,
                noise: 0.6,
            },
            ascending: &[5, 4, 3, 2, 1],
            kommune: Target {
                headline: Headline::Share(0.78),
                within: &[(4, 0.21), (3, 0.13), (2, 0.28), (1, 0.38)],
                rest: &[(5, 0.86), (9, 0.14)],
            },
            fylkeskommune: Target {
                headline: Headline::Count(13),
                within: &[(4, 0.15), (3, 0.15), (2, 0.30), (1, 0.40)],
                rest: &[(5, 1.0)],
            },
        },
        ColumnPlan {
            column: "ikt_strategi_omfang",
            drivers: Drivers {
                digital: 0.6,
                need: 0.0,
                strategic: 0.8,
                size: 0.3,
                noise: 0.8,
            },
            ascending: &[2, 1],
            kommune: Target {
                headline: Headline::Share(0.74),
                within: &[(1, 1.0)],
                rest: &[(2, 1.0)],
            },
            fylkeskommune: Target {
                headline: Headline::Share(0.75),
                within: &[(1, 1.0)],
                rest: &[(2, 1.0)],
            },
        },
        // T16–T21: effects of digitalisation.
        grad5("dig_effekt.prosesser", EFFECT, 0.60, 9),
        grad5("dig_effekt.kommunikasjon", EFFECT, 0.62, 10),
        grad5("dig_effekt.samhandling", EFFECT, 0.50, 8),
        grad5("dig_effekt.kvalitet", EFFECT, 0.48, 7),
        grad5("dig_effekt.styringsdata", EFFECT, 0.53, 7),
        grad5("dig_effekt.arbeidsdeling", EFFECT, 0.48, 5),
    ]
}
