class Employee:
    def __init__(self, name, salary, manager_token):
        self.name = name
        self.salary = salary
        self.manager_token = manager_token


def render_greeting(template, employee):
    """template comes from the employee's own 'custom greeting' setting."""
    return template.format(emp=employee)
