"""The language model: presets and loading (with LoRA adapters), the prompt's layout, the generation
engine and its LangChain wrapper, and the inspector's look at tokens and next-token probabilities."""
