//! Accessible inline SVG charts, drawn as markup strings by pure functions (tested natively;
//! the page inserts them as they are). Every chart is `role="img"` with a `<title>` and a
//! `<desc>` that holds all its numbers in words; the page also shows them as a table. Values
//! are written on the bars, so nothing depends on colour alone.

/// Escapes text for HTML/SVG content and attribute values (charts, quiz QR, link previews).
pub fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Change from the first to the last value, in whole percent (rounded half away from zero).
pub fn change_percent(values: &[u16]) -> Option<i32> {
    let (first, last) = (*values.first()? as f64, *values.last()? as f64);
    (first > 0.0).then(|| ((last - first) / first * 100.0).round() as i32)
}

/// "+844%" / "-40%" / "0%": the sign is always written, so the direction is in the text.
pub fn signed_percent(p: i32) -> String {
    if p > 0 {
        format!("+{p}%")
    } else {
        format!("{p}%")
    }
}

/// A small bar chart of one figure over the years, the value above each bar.
pub fn bars_svg(id: &str, title: &str, desc: &str, years: &[u16], values: &[u16]) -> String {
    const W: u32 = 240;
    const H: u32 = 120;
    const TOP: u32 = 18; // room for the value above the tallest bar
    const BOTTOM: u32 = 20; // room for the years
    let max = values.iter().copied().max().unwrap_or(0).max(1) as u32;
    let slot = W / values.len().max(1) as u32;
    let bar = slot * 3 / 5;
    let mut bars = String::new();
    for (i, (&v, year)) in values.iter().zip(years).enumerate() {
        let h = (H - TOP - BOTTOM) * v as u32 / max;
        let x = i as u32 * slot + (slot - bar) / 2;
        let y = H - BOTTOM - h;
        let mid = x + bar / 2;
        bars.push_str(&format!(
            "<rect class=\"wz-chart__bar\" x=\"{x}\" y=\"{y}\" width=\"{bar}\" height=\"{h}\"/>\
             <text class=\"wz-chart__value\" x=\"{mid}\" y=\"{}\" text-anchor=\"middle\">{v}</text>\
             <text class=\"wz-chart__axis\" x=\"{mid}\" y=\"{}\" text-anchor=\"middle\">{year}</text>",
            y.saturating_sub(4),
            H - 5
        ));
    }
    svg(id, title, desc, W, H, &bars)
}

/// One rating row: name, score in tenths, and whether it is the reader's municipality.
pub struct RatingRow<'a> {
    pub name: &'a str,
    pub tenths: u8,
    pub highlight: bool,
}

/// "7,9" in Dutch, "7.9" in English.
pub fn tenths_text(tenths: u8, decimal: char) -> String {
    format!("{}{decimal}{}", tenths / 10, tenths % 10)
}

/// Horizontal bars on a 0–10 scale, the score written after each bar; the reader's own
/// municipality is bold and marked with a text, not only a colour.
pub fn ratings_svg(
    id: &str,
    title: &str,
    desc: &str,
    rows: &[RatingRow],
    decimal: char,
    own_label: &str,
) -> String {
    const W: u32 = 420; // room for "8,0 (your municipality)" after the longest bar
    const ROW: u32 = 28;
    const LABEL: u32 = 110;
    const SCALE: u32 = 150; // width of a 10
    let h = ROW * rows.len() as u32 + 4;
    let mut body = String::new();
    for (i, r) in rows.iter().enumerate() {
        let y = i as u32 * ROW + 4;
        let w = SCALE * r.tenths as u32 / 100;
        let class = if r.highlight {
            "wz-chart__bar wz-chart__bar--own"
        } else {
            "wz-chart__bar"
        };
        let weight = if r.highlight {
            " font-weight=\"700\""
        } else {
            ""
        };
        let own = if r.highlight {
            format!(" ({})", escape(own_label))
        } else {
            String::new()
        };
        body.push_str(&format!(
            "<text class=\"wz-chart__axis\" x=\"0\" y=\"{}\"{weight}>{}</text>\
             <rect class=\"{class}\" x=\"{LABEL}\" y=\"{y}\" width=\"{w}\" height=\"{}\"/>\
             <text class=\"wz-chart__value\" x=\"{}\" y=\"{}\"{weight}>{}{own}</text>",
            y + 15,
            escape(r.name),
            ROW - 8,
            LABEL + w + 4,
            y + 15,
            tenths_text(r.tenths, decimal),
        ));
    }
    svg(id, title, desc, W, h, &body)
}

fn svg(id: &str, title: &str, desc: &str, w: u32, h: u32, body: &str) -> String {
    let id = escape(id);
    format!(
        "<svg class=\"wz-chart__svg\" role=\"img\" viewBox=\"0 0 {w} {h}\" \
         aria-labelledby=\"{id}-title {id}-desc\" focusable=\"false\">\
         <title id=\"{id}-title\">{}</title><desc id=\"{id}-desc\">{}</desc>{body}</svg>",
        escape(title),
        escape(desc)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn change_is_rounded_and_signed() {
        assert_eq!(change_percent(&[720, 632, 490, 429]), Some(-40));
        assert_eq!(change_percent(&[25, 90, 189, 236]), Some(844));
        assert_eq!(change_percent(&[0, 5]), None);
        assert_eq!(change_percent(&[]), None);
        assert_eq!(signed_percent(844), "+844%");
        assert_eq!(signed_percent(-40), "-40%");
        assert_eq!(signed_percent(0), "0%");
    }

    #[test]
    fn bars_carry_every_value_and_year_and_scale_to_the_largest() {
        let svg = bars_svg(
            "c1",
            "Woninginbraken",
            "2018: 720",
            &[2018, 2019],
            &[720, 360],
        );
        assert!(svg.starts_with("<svg class=\"wz-chart__svg\" role=\"img\""));
        assert!(svg.contains("aria-labelledby=\"c1-title c1-desc\""));
        assert!(svg.contains("<title id=\"c1-title\">Woninginbraken</title>"));
        assert!(svg.contains(">720</text>") && svg.contains(">360</text>"));
        assert!(svg.contains(">2018</text>") && svg.contains(">2019</text>"));
        // The largest bar fills the plot height (120 - 18 - 20 = 82), half the value half.
        assert!(svg.contains("height=\"82\""));
        assert!(svg.contains("height=\"41\""));
        assert_eq!(svg.matches("<rect").count(), 2);
    }

    #[test]
    fn ratings_write_the_score_and_mark_the_own_municipality_in_words() {
        let rows = [
            RatingRow {
                name: "Huizen",
                tenths: 80,
                highlight: false,
            },
            RatingRow {
                name: "Laren & Co",
                tenths: 78,
                highlight: true,
            },
        ];
        let svg = ratings_svg(
            "r",
            "Rapportcijfer",
            "Huizen 8,0",
            &rows,
            ',',
            "uw gemeente",
        );
        assert!(svg.contains(">8,0</text>"));
        assert!(svg.contains(">7,8 (uw gemeente)</text>"));
        assert!(svg.contains("Laren &amp; Co"));
        assert!(svg.contains("wz-chart__bar--own"));
        assert_eq!(tenths_text(75, '.'), "7.5");
    }

    #[test]
    fn text_is_escaped() {
        let svg = bars_svg("x\"y", "<b>", "a & b", &[2018], &[1]);
        assert!(!svg.contains("<b>"));
        assert!(svg.contains("&lt;b&gt;") && svg.contains("a &amp; b") && svg.contains("x&quot;y"));
    }
}
