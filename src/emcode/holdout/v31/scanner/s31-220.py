from html import escape


def exhibit_label_html(title, artist, description):
    parts = [
        '<figure class="label">',
        "<figcaption><strong>" + escape(title) + "</strong>",
        "<span class='artist'>" + escape(artist) + "</span></figcaption>",
        "<p>" + escape(description) + "</p>",
        "</figure>",
    ]
    return "\n".join(parts)
