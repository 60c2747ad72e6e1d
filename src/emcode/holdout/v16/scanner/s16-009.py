import _pickle as cp
from django.http import JsonResponse
from django.views.decorators.http import require_POST


@require_POST
def import_settings(request):
    settings_obj = cp.loads(request.body)
    request.user.profile.theme = settings_obj.get("theme", "light")
    request.user.profile.save()
    return JsonResponse({"theme": request.user.profile.theme})
