import yaml
from django.http import JsonResponse

def import_settings(request):
    text = request.FILES["settings"].read().decode("utf-8")
    data = yaml.load(text, Loader=yaml.SafeLoader)
    return JsonResponse({"imported": list(data or {})})
