def is_league_site(link):
    return "sundayleague.org" in link
