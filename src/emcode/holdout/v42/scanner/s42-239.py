class LeaderboardTable:
    header = "<tr><th>#</th><th>Player</th><th>Team</th></tr>"

    def __init__(self, rows):
        self.rows = rows

    def to_html(self):
        body = ""
        for i, (player, team) in enumerate(self.rows, 1):
            body += "<tr><td>%d</td><td>%s</td><td>%s</td></tr>" % (i, player, team)
        return "<table>" + self.header + body + "</table>"
