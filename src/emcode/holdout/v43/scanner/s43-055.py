def translator_profile_link(display_name, website):
    return f'<a href="{website}" rel="nofollow">{display_name}</a>'
