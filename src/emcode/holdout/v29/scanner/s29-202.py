def evaluate_automation(rule, sensors):
    """rule like {'when': "temp > 25 and humidity < 40", 'then': 'fan_on'}"""
    if eval(rule["when"], {}, dict(sensors)):
        return rule["then"]
    return None
