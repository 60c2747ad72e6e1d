def offer_email_html(first_name, course, conditions):
    lines = [
        f"<p>Dear {first_name},</p>",
        f"<p>We are delighted to offer you a place on <strong>{course}</strong>.</p>",
        "<ul>",
    ]
    lines += [f"<li>{c}</li>" for c in conditions]
    lines.append("</ul>")
    return "\n".join(lines)
