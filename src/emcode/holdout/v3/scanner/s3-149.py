from markupsafe import Markup


def users_table(users):
    row = Markup("<tr><td>{}</td><td>{}</td></tr>")
    body = Markup("").join(row.format(u["name"], u["email"]) for u in users)
    return Markup("<table><tr><th>Name</th><th>Email</th></tr>{}</table>").format(body)
