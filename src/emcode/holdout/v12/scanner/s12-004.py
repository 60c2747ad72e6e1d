def user_table(users):
    rows = []
    for u in users:
        rows.append("<tr><td>{}</td><td>{}</td><td>{}</td></tr>".format(u["name"], u["email"], u.get("role", "member")))
    header = "<tr><th>Name</th><th>Email</th><th>Role</th></tr>"
    return "<table>" + header + "".join(rows) + "</table>"
