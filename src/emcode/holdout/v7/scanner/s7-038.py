import os
from django.conf import settings
from django.http import JsonResponse
from django.views.decorators.http import require_POST


@require_POST
def attach(request, ticket_id):
    upload = request.FILES["file"]
    dest_dir = os.path.join(settings.MEDIA_ROOT, "tickets", str(ticket_id))
    os.makedirs(dest_dir, exist_ok=True)
    dest = os.path.join(dest_dir, upload.name)
    with open(dest, "wb+") as out:
        for chunk in upload.chunks():
            out.write(chunk)
    return JsonResponse({"url": settings.MEDIA_URL + f"tickets/{ticket_id}/{upload.name}"})
