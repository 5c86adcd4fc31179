//! The «Bygg inn» snippet: an iframe with the current view embedded, plus a small host script
//! that resizes only the iframe that sent its height.

use crate::state::page_options::{PageOptions, HEIGHT_MESSAGE};
use crate::text::html::escape;
use crate::text::url_query::join_queries;

/// The origin (`https://host:port`) of an absolute URL.
fn origin_of(url: &str) -> &str {
    let after_scheme = url.find("://").map_or(0, |i| i + 3);
    match url[after_scheme..].find('/') {
        Some(end) => &url[..after_scheme + end],
        None => url,
    }
}

/// The «Bygg inn» snippet: an iframe showing `page_url?query` embedded, and a host script that
/// sets the height of the iframe whose window sent it, and only for messages from the
/// explorer's origin. `page_url` is the page's absolute URL without query or hash.
pub fn embed_snippet(
    page_url: &str,
    view_query: &str,
    section: Option<&str>,
    title: &str,
) -> String {
    // The embed speaks the language of the page it was made on.
    let options = PageOptions {
        embed: true,
        section: section.map(str::to_string),
        language: crate::data::codebook::LANGUAGE,
        ..PageOptions::default()
    };
    let src = format!(
        "{page_url}?{}",
        join_queries(&[view_query, &options.to_query()])
    );
    format!(
        "<iframe src=\"{}\" title=\"{}\" style=\"width:100%;height:640px;border:0\" loading=\"lazy\"></iframe>\n<script>{}</script>",
        escape(&src),
        escape(title),
        host_script(origin_of(page_url))
    )
}

/// The host page's script (under 1 KB): resizes only the iframe whose `contentWindow` sent a
/// height message, and only when it comes from `origin`.
pub fn host_script(origin: &str) -> String {
    // The origin is written as a JSON string; `<` cannot occur in an origin, so it cannot end
    // the script element.
    let origin = format!("\"{}\"", origin.replace(['\\', '"', '<'], ""));
    format!(
        "(function(o){{addEventListener(\"message\",function(e){{var d=e.data,h=d&&d.height,f,i;\
if(e.origin!==o||!d||d.type!==\"{HEIGHT_MESSAGE}\"||!(h>0&&h<1e5))return;\
f=document.getElementsByTagName(\"iframe\");\
for(i=0;i<f.length;i++)if(f[i].contentWindow===e.source)f[i].style.height=Math.ceil(h)+\"px\"}})}})({origin});"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippet_embeds_the_view_and_resizes_only_its_own_iframe() {
        let s = embed_snippet(
            "https://ks.no/agm/",
            "type=kommune&size=large",
            Some("effekter"),
            "Effekter \"digitalt\" <b>",
        );
        assert!(s.starts_with(
            "<iframe src=\"https://ks.no/agm/?type=kommune&amp;size=large&amp;embed=1&amp;section=effekter\" title=\"Effekter &quot;digitalt&quot; &lt;b&gt;\""
        ), "{s}");
        assert!(s.contains("})(\"https://ks.no\");</script>"), "{s}");
        assert!(s.contains("f[i].contentWindow===e.source"));
        assert!(s.contains("e.origin!==o"));
        assert!(s.contains(&format!("d.type!==\"{HEIGHT_MESSAGE}\"")));
        assert_eq!(embed_snippet("http://127.0.0.1:8080/", "", None, "t").lines().next().unwrap(), "<iframe src=\"http://127.0.0.1:8080/?embed=1\" title=\"t\" style=\"width:100%;height:640px;border:0\" loading=\"lazy\"></iframe>");
        assert!(host_script("https://www.ks.no").len() < 1024);
        assert_eq!(
            origin_of("http://127.0.0.1:8080/a/b/"),
            "http://127.0.0.1:8080"
        );
        assert_eq!(origin_of("https://ks.no"), "https://ks.no");
        assert!(host_script("https://x\"</script>").contains("(\"https://x/script>\")"));
    }
}
