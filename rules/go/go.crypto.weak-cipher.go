package vault

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/des"
	"crypto/rc4"
)

func EncryptLegacy(key, data []byte) ([]byte, error) {
	// ruleid: go.crypto.weak-cipher
	block, err := des.NewTripleDESCipher(key)
	if err != nil {
		return nil, err
	}
	out := make([]byte, len(data))
	block.Encrypt(out, data)
	return out, nil
}

func Obfuscate(key, data []byte) []byte {
	// ruleid: go.crypto.weak-cipher
	c, _ := rc4.NewCipher(key)
	out := make([]byte, len(data))
	c.XORKeyStream(out, data)
	return out
}

func Seal(key, nonce, data []byte) ([]byte, error) {
	// ok: go.crypto.weak-cipher
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	// ok: go.crypto.weak-cipher
	aead, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	return aead.Seal(nil, nonce, data, nil), nil
}
