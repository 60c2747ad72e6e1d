def make_link(url: str, label: str) -> str:
    return '<a href="{0}" rel="nofollow">{1}</a>'.format(url, label)
