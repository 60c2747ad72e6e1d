import os
from django.conf import settings
from django.http import JsonResponse
from django.contrib.auth.decorators import login_required
from django.views.decorators.http import require_POST


@require_POST
@login_required
def delete_file(request):
    fname = request.POST["file"]
    path = settings.MEDIA_ROOT + "/" + request.user.username + "/" + fname
    os.remove(path)
    return JsonResponse({"deleted": fname})
