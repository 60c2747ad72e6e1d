from html import escape


def hive_row(hive_name, queen_color, frames):
    cells = (hive_name, queen_color, frames)
    return "<tr>" + "".join("<td>%s</td>" % escape(str(c)) for c in cells) + "</tr>"
