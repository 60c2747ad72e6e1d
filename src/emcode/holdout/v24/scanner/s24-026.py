import uuid
from django import forms
from django.core.files.storage import default_storage
from django.http import JsonResponse
from django.contrib.auth.decorators import login_required
from django.views.decorators.http import require_POST


class AvatarForm(forms.Form):
    avatar = forms.ImageField()

    def clean_avatar(self):
        f = self.cleaned_data["avatar"]
        if f.size > 2 * 1024 * 1024:
            raise forms.ValidationError("max 2 MB")
        return f


@login_required
@require_POST
def upload_avatar(request):
    form = AvatarForm(request.POST, request.FILES)
    if not form.is_valid():
        return JsonResponse({"errors": form.errors}, status=400)
    ext = {"JPEG": "jpg", "PNG": "png"}.get(form.cleaned_data["avatar"].image.format, "img")
    name = default_storage.save(f"avatars/{uuid.uuid4().hex}.{ext}", form.cleaned_data["avatar"])
    return JsonResponse({"stored": name})
