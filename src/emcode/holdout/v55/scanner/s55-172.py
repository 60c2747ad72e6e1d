import html


def leaderboard_rows(players):
    out = []
    for rank, p in enumerate(players, 1):
        nick = html.escape(str(p["nick"]))
        team = html.escape(str(p["team"]))
        out.append("<tr><td>%d</td><td>%s</td><td>%s</td></tr>" % (rank, nick, team))
    return "<table>" + "\n".join(out) + "</table>"
