def notification_text(username, count):
    return "{} has {} unread messages".format(username, int(count))
