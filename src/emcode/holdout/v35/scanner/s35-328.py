def render_issue_teaser(title, summary, url):
    return (
        '<article class="teaser">'
        f'<h3><a href="{url}">{title}</a></h3>'
        f"<p>{summary}</p>"
        "</article>"
    )
