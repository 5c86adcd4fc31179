//! «Om dataene»: source, population and respondents per group, questions, methods, citation.

use crate::aggregate::{split, Grouping};
use crate::dataset::Dataset;
use crate::filter::Filter;
use crate::format::format_percent;
use crate::presentation::group_label;
use leptos::prelude::*;

fn coverage_rows(data: &'static Dataset, grouping: Grouping) -> impl IntoView {
    let table = split(data, &Filter::all(), grouping, 0);
    table
        .groups
        .into_iter()
        .map(|(key, t)| {
            let share = format_percent(t.respondents as f64 / t.population as f64, 0);
            view! {
                <tr>
                    <th scope="row">{group_label(data, grouping, &key)}</th>
                    <td class="num">{t.population}</td>
                    <td class="num">{t.respondents}</td>
                    <td class="num">{share}</td>
                </tr>
            }
        })
        .collect_view()
}

#[component]
pub fn About(data: &'static Dataset) -> impl IntoView {
    let questions = data
        .codebook
        .questions
        .iter()
        .map(|q| {
            let items = q.items.iter().map(|i| i.label.nb.clone()).collect::<Vec<_>>().join(" · ");
            let scale = data.codebook.scale_of(q);
            let codes = scale.codes.iter().map(|c| format!("{} {}", c.code, c.label.nb)).collect::<Vec<_>>().join(", ");
            view! {
                <li>
                    <strong>{q.text.nb.clone()}</strong>
                    {(!items.is_empty()).then(|| view! { <br/>{format!("Punkter: {items}")} })}
                    <br/>{format!("Svaralternativer: {codes}.")}
                    {q.reconstructed.clone().or(scale.reconstructed.clone()).map(|note| view! { <br/><em>{note}</em> })}
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="about" id="om-dataene" aria-labelledby="om-dataene-tittel">
            <h2 id="om-dataene-tittel">"Om dataene"</h2>
            <h3>"Kilde"</h3>
            <p>
                "Kommunesektorens arbeidsgivermonitor 2017 fra KS. Undersøkelsen går til rådmannen eller fylkesrådmannen i alle kommuner og fylkeskommuner: én respondent per organisasjon. Tallene KS har publisert står i artikkelen «Stort behov for å utvikle digitale ferdigheter». Register og folketall 1. januar 2017: Statistisk sentralbyrå (SSB)."
            </p>
            <p class="demo-notice" role="note">
                {data.meta.answers_description.clone()}
                " Svarene er laget med en fast startverdi ("{data.meta.seed.map(|s| s.to_string()).unwrap_or_default()}") slik at alle publiserte tall stemmer; tall for enkeltkommuner, fylker og undergrupper er ikke virkelige funn. KS kan bytte inn de ekte svarene uten å endre programmet."
            </p>
            <h3>"Hvem svarte"</h3>
            <div class="table-wrap" role="region" aria-label="Populasjon og svar per gruppe" tabindex="0">
                <table class="coverage">
                    <caption>"Antall organisasjoner (N) og antall som svarte (n)"</caption>
                    <thead><tr><th scope="col">"Gruppe"</th><th scope="col">"N"</th><th scope="col">"Svarte"</th><th scope="col">"Svarandel"</th></tr></thead>
                    <tbody>
                        {coverage_rows(data, Grouping::SizeClass)}
                        {coverage_rows(data, Grouping::Landsdel)}
                    </tbody>
                </table>
            </div>
            <h3>"Slik regnes tallene ut"</h3>
            <ul>
                <li>"Andeler regnes av dem som svarte på spørsmålet, inkludert «Vet ikke». Antallet som svarte (n) står alltid ved tallet. Ubesvarte spørsmål telles ikke."</li>
                <li>"«I stor grad» er summen av «I ganske stor grad» og «I svært stor grad»."</li>
                <li>"Konfidensintervallet (95 %) tar hensyn til at populasjonen er endelig og kjent (N = alle kommuner eller fylkeskommuner i utvalget): Bonetts justerte Wald-intervall med endelighetskorreksjon. Intervallet holdes innenfor det som er logisk mulig og omfatter alltid den observerte andelen. Har alle svart, er det ingen utvalgsusikkerhet."</li>
                <li>"Grupper med færre enn 3 svar vises som «:» (SSBs tegn for skjult tall). Når en slik gruppe ellers kunne regnes ut fra totalen, skjules også den minste av de andre gruppene."</li>
                <li>"Små grupper vises også som antall («13 av 14»), fordi en prosent av få svar lett villeder."</li>
            </ul>
            <h3>"Spørsmålene"</h3>
            <ol class="question-list">{questions}</ol>
            <h3>"Slik siterer du"</h3>
            <p>"KS (2017): Kommunesektorens arbeidsgivermonitor 2017. Tall hentet fra Arbeidsgivermonitoren 2017 – utforsker (demodata)."</p>
        </section>
    }
}
