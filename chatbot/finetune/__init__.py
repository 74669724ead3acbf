"""LoRA fine-tuning: training data (alpaca files, hub datasets, generated grounded QA) and the trainer."""
