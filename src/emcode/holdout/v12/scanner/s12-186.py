from markupsafe import Markup

ROW = Markup("<tr><td>{}</td><td>{}</td><td>{}</td></tr>")


def user_table(users):
    rows = Markup("").join(ROW.format(u["name"], u["email"], u.get("role", "member")) for u in users)
    return Markup("<table><tr><th>Name</th><th>Email</th><th>Role</th></tr>{}</table>").format(rows)
