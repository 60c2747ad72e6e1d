import os
from django.http import JsonResponse
from django.views.decorators.http import require_POST


@require_POST
def bundle(request):
    name = request.POST["bundle"]
    os.system("cd /srv/exports && zip -r %s.zip current/" % name)
    return JsonResponse({"download": f"/exports/{name}.zip"})
