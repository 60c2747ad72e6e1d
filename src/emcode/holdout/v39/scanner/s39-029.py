from html import escape


def artifact_card(title, period, description):
    return (
        '<div class="card">'
        f"<h3>{escape(title)}</h3>"
        f"<span class='period'>{escape(period)}</span>"
        f"<p>{escape(description)}</p>"
        "</div>"
    )
