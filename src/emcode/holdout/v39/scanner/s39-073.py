def artifact_card(title, period, description):
    return (
        '<div class="card">'
        f"<h3>{title}</h3>"
        f"<span class='period'>{period}</span>"
        f"<p>{description}</p>"
        "</div>"
    )
