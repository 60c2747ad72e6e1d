def reminder_email(holder, plot_no, due):
    return """<html><body>
<p>Dear %s,</p>
<p>Rent for plot <b>%s</b> is due on %s.</p>
</body></html>""" % (holder, plot_no, due.strftime("%d %B"))
