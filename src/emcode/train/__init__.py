"""LoRA fine-tuning: chat data → prompt/completion examples (``data``) → TRL SFT (``sft``)."""
