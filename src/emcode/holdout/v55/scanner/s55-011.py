def leaderboard_rows(players):
    out = []
    for rank, p in enumerate(players, 1):
        out.append("<tr><td>%d</td><td>%s</td><td>%s</td></tr>" % (rank, p["nick"], p["team"]))
    return "<table>" + "\n".join(out) + "</table>"
