import yaml
from django.http import JsonResponse


def import_settings(request):
    raw = request.FILES["settings"].read()
    if len(raw) > 64_000:
        return JsonResponse({"error": "file too large"}, status=413)
    settings = yaml.safe_lo