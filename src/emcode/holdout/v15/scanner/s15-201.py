import _pickle as cp

from django.http import JsonResponse
from django.views.decorators.http import require_POST


@require_POST
def import_settings(request):
    f = request.FILES["settings"]
    blob = f.read()
    settings = cp.loads(blob)
    request.user.profile.preferences = settings
    request.user.profile.save()
    return JsonResponse({"keys": sorted(settings)})
