from html import escape


def renewal_email_html(first_name, loaf, note):
    lines = [
        "<p>Hi %s,</p>" % escape(first_name),
        "<p>Your %s subscription renews this week.</p>" % escape(loaf),
    ]
    if note:
        lines.append("<blockquote>%s</blockquote>" % escape(note))
    return "\n".join(lines)
