package vault

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"io"
)

func EncryptCBC(key, plaintext []byte) ([]byte, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	iv := []byte("1234567890123456")
	out := make([]byte, len(plaintext))
	// ruleid: go.crypto.static-iv
	mode := cipher.NewCBCEncrypter(block, iv)
	mode.CryptBlocks(out, plaintext)
	return out, nil
}

func EncryptCTR(key, plaintext []byte) []byte {
	block, _ := aes.NewCipher(key)
	out := make([]byte, len(plaintext))
	// ruleid: go.crypto.static-iv
	stream := cipher.NewCTR(block, key[:aes.BlockSize])
	stream.XORKeyStream(out, plaintext)
	return out
}

func EncryptZero(key, plaintext []byte) []byte {
	block, _ := aes.NewCipher(key)
	out := make([]byte, len(plaintext))
	// ruleid: go.crypto.static-iv
	cipher.NewCBCEncrypter(block, make([]byte, aes.BlockSize)).CryptBlocks(out, plaintext)
	return out
}

func EncryptRandomIV(key, plaintext []byte) ([]byte, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	ciphertext := make([]byte, aes.BlockSize+len(plaintext))
	iv := ciphertext[:aes.BlockSize]
	if _, err := io.ReadFull(rand.Reader, iv); err != nil {
		return nil, err
	}
	// ok: go.crypto.static-iv
	stream := cipher.NewCFBEncrypter(block, iv)
	stream.XORKeyStream(ciphertext[aes.BlockSize:], plaintext)
	return ciphertext, nil
}

func EncryptFreshIV(block cipher.Block, plaintext []byte) []byte {
	iv := make([]byte, aes.BlockSize)
	rand.Read(iv)
	out := make([]byte, len(plaintext))
	// ok: go.crypto.static-iv
	cipher.NewCBCEncrypter(block, iv).CryptBlocks(out, plaintext)
	return append(iv, out...)
}
