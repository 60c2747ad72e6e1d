class Reminder:
    def __init__(self, patient, drug, due):
        self.patient = patient
        self.drug = drug
        self.due = due

    def render(self, template):
        return template.format(r=self)
