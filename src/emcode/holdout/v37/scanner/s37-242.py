from django import forms
from django.core.validators import FileExtensionValidator
from django.db import models


class ClaimPhoto(models.Model):
    claim = models.ForeignKey("claims.Claim", on_delete=models.CASCADE, related_name="photos")
    image = models.ImageField(
        upload_to="claims/photos/%Y/%m/",
        validators=[FileExtensionValidator(["jpg", "jpeg", "png"])],
    )
    uploaded_at = models.DateTimeField(auto_now_add=True)


class ClaimPhotoForm(forms.ModelForm):
    class Meta:
        model = ClaimPhoto
        fields = ["image"]

    def clean_image(self):
        img = self.cleaned_data["image"]
        if img.size > 8 * 1024 * 1024:
            raise forms.ValidationError("Photos must be under 8 MB.")
        return img
