import yaml
from django.http import JsonResponse

def import_settings(request):
    text = request.FILES["settings"].read().decode()
    data = yaml.unsafe_load(text)
    return JsonResponse({"imported": list(data)})
