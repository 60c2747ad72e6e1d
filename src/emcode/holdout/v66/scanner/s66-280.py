class RecallEmail:
    def __init__(self, clinic_name):
        self.clinic_name = clinic_name

    def body(self, patient_name, custom_message):
        html = """
<p>Dear %(name)s,</p>
<p>It is time for your six-monthly check-up at %(clinic)s.</p>
<blockquote>%(msg)s</blockquote>
""" % {"name": patient_name, "clinic": self.clinic_name, "msg": custom_message}
        return html
