def renewal_email_html(first_name, loaf, note):
    lines = [
        "<p>Hi %s,</p>" % first_name,
        "<p>Your %s subscription renews this week.</p>" % loaf,
    ]
    if note:
        lines.append("<blockquote>%s</blockquote>" % note)
    return "\n".join(lines)
