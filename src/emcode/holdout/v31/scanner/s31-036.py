def exhibit_label_html(title, artist, description):
    parts = [
        '<figure class="label">',
        "<figcaption><strong>" + title + "</strong>",
        "<span class='artist'>" + artist + "</span></figcaption>",
        "<p>" + description + "</p>",
        "</figure>",
    ]
    return "\n".join(parts)
