import json
from django.http import JsonResponse
from django.views.decorators.http import require_POST

THEMES = {"light", "dark", "solarized"}


@require_POST
def import_settings(request):
    try:
        settings_obj = json.loads(request.body)
    except json.JSONDecodeError:
        return JsonResponse({"error": "invalid JSON"}, status=400)
    theme = settings_obj.get("theme") if isinstance(settings_obj, dict) else None
    if theme not in THEMES:
        return JsonResponse({"error": "unknown theme"}, status=400)
    request.user.profile.theme = theme
    request.user.profile.save()
    return JsonResponse({"theme": theme})
