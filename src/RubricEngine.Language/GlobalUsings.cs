// The model's value-equality array is used by every layer of the language, so import it once.
global using RubricEngine.Model.Collections;
