import yaml
from django.http import JsonResponse


def import_settings(request):
    raw = request.FILES["settings"].read()
    settings = yaml.load(raw, Loader=yaml.UnsafeLoader)
    applied = []
    for key, value in settings.items():
        if key in ("theme", "locale", "timezone"):
            request.user.profile.__setattr__(key, value)
            applied.append(k