import os
from django.conf import settings
from django.http import JsonResponse, HttpResponseBadRequest
from django.contrib.auth.decorators import login_required
from django.views.decorators.http import require_POST


@require_POST
@login_required
def delete_file(request):
    fname = os.path.basename(request.POST.get("file", ""))
    user_dir = os.path.realpath(os.path.join(settings.MEDIA_ROOT, str(request.user.pk)))
    path = os.path.realpath(os.path.join(user_dir, fname))
    if not fname or os.path.dirname(path) != user_dir:
        return HttpResponseBadRequest("bad file")
    os.remove(path)
    return JsonResponse({"deleted": fname})
