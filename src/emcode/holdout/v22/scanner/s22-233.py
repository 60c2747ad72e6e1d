from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.http import require_POST

from .models import Photo


@login_required
@require_POST
def delete_photo(request, photo_id):
    photo = get_object_or_404(Photo, pk=photo_id, owner=request.user)
    photo.image.delete(save=False)
    photo.delete()
    return redirect("gallery:mine")
