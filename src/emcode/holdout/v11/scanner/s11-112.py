import uuid

from django import forms
from django.core.exceptions import ValidationError
from django.http import JsonResponse
from django.views.decorators.http import require_POST

MAX = 3 * 1024 * 1024


def small(f):
    if f.size > MAX:
        raise ValidationError("image larger than 3 MB")


class AvatarForm(forms.Form):
    image = forms.ImageField(validators=[small])


@require_POST
def upload_avatar(request):
    form = AvatarForm(request.POST, request.FILES)
    if not form.is_valid():
        return JsonResponse({"errors": form.errors}, status=400)
    img = form.cleaned_data["image"]
    img.name = f"{uuid.uuid4().hex}.{img.image.format.lower()}"
    request.user.profile.avatar.save(img.name, img)
    return JsonResponse({"ok": True})
